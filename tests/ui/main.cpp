// SPDX-License-Identifier: GPL-3.0-or-later
// The ui test binary: one QApplication (offscreen) for all tests.
// CATCH_CONFIG_RUNNER is defined for this file by tests/CMakeLists.txt.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings (recent files, window state) go to a scratch place, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    // ctest runs several test processes at once: each gets settings of its own, or
    // one test's "last file" is another's (a shared ~/.qttest file raced in CI).
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 3;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
