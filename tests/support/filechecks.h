// Checks on files that tests of several layers share: a file's content hash, whether a path is a device node.
#pragma once

#include <QByteArray>
#include <QString>

namespace swb::test {

// SHA-256 of the file's bytes; empty when it cannot be read.
QByteArray fileHash(const QString& path);
bool isCharacterDevice(const char* path);

} // namespace swb::test
