// Plain binary files of native values and arrays, written through QSaveFile and read back with every count
// checked against the bytes left: the copies ColumnStoreCache and OrderLinesCache keep on disk.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <type_traits>
#include <vector>

namespace swb::binaryfile {

class Writer
{
public:
    explicit Writer(QSaveFile* file)
        : m_file(file)
    { }
    bool ok() const { return m_ok; }

    void raw(const void* data, qint64 bytes)
    {
        // QIODevice::write takes any size, but large single writes would need a second buffer in some backends.
        const char* at = static_cast<const char*>(data);
        while (m_ok && bytes > 0) {
            const qint64 chunk = std::min<qint64>(bytes, qint64(64) << 20);
            m_ok = m_file->write(at, chunk) == chunk;
            at += chunk;
            bytes -= chunk;
        }
    }
    template<typename T>
    void value(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        raw(&v, sizeof v);
    }
    void bytes(const QByteArray& data)
    {
        value<quint64>(quint64(data.size()));
        raw(data.constData(), data.size());
    }
    template<typename T>
    void array(const std::vector<T>& items)
    {
        value<quint64>(items.size());
        raw(items.data(), qint64(items.size() * sizeof(T)));
    }

private:
    QSaveFile* m_file;
    bool m_ok = true;
};

class Reader
{
public:
    explicit Reader(QFile* file)
        : m_file(file)
        , m_left(file->size())
    { }
    bool ok() const { return m_ok; }

    bool raw(void* data, qint64 bytes)
    {
        if (!m_ok || bytes < 0 || bytes > m_left || m_file->read(static_cast<char*>(data), bytes) != bytes)
            return m_ok = false;
        m_left -= bytes;
        return true;
    }
    template<typename T>
    T value()
    {
        T v{};
        raw(&v, sizeof v);
        return v;
    }
    QByteArray bytes()
    {
        const auto size = value<quint64>();
        if (!m_ok || size > quint64(m_left))
            return m_ok = false, QByteArray();
        QByteArray data(qsizetype(size), Qt::Uninitialized);
        raw(data.data(), data.size());
        return data;
    }
    // Refuses a count that the rest of the file cannot hold before allocating anything.
    template<typename T>
    std::vector<T> array()
    {
        const auto count = value<quint64>();
        if (!m_ok || count > quint64(m_left) / sizeof(T))
            return m_ok = false, std::vector<T>();
        std::vector<T> items(static_cast<size_t>(count));
        raw(items.data(), qint64(count * sizeof(T)));
        return items;
    }
    // Passes over an array written by Writer::array without reading it.
    template<typename T>
    bool skipArray()
    {
        const auto count = value<quint64>();
        if (!m_ok || count > quint64(m_left) / sizeof(T) || !m_file->seek(m_file->pos() + qint64(count * sizeof(T))))
            return m_ok = false;
        m_left -= qint64(count * sizeof(T));
        return true;
    }
    bool atEnd() const { return m_left == 0; }

private:
    QFile* m_file;
    qint64 m_left;
    bool m_ok = true;
};

} // namespace swb::binaryfile
