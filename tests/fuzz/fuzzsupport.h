// Helpers shared by the libFuzzer targets: a scratch folder for the process, files from the input, loud failures.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace swb::fuzz {

// A file in the process's scratch folder (removed at exit); the same name gives the same path.
QString scratchPath(const QString& name);

// Writes `size` bytes to `path` (replacing it); aborts when that fails, as no input can be tested then.
void writeFile(const QString& path, const uint8_t* data, size_t size);

// Prints what went wrong and aborts, so that libFuzzer keeps the input as a crash.
[[noreturn]] void fail(const QString& message);

} // namespace swb::fuzz
