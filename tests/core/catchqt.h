// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch2 print Qt strings in failure messages instead of a range of QChars.
#include <QString>

#include <catch2/catch.hpp>

namespace Catch {
template <> struct is_range<QString> : std::false_type
{
};
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
