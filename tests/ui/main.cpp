// SPDX-License-Identifier: GPL-3.0-or-later
// The ui test binary: one QApplication (offscreen) for all tests.
// CATCH_CONFIG_RUNNER is defined for this file by tests/CMakeLists.txt.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings (recent files, window state) go to a scratch place, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
