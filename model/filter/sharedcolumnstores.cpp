#include "model/filter/sharedcolumnstores.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>

namespace swb {

namespace {

struct Entry
{
    std::weak_ptr<const ColumnStore> store;
    bool loading = false;
};

std::mutex s_mutex;
std::condition_variable s_changed;
std::map<QByteArray, Entry> s_entries;

void dropExpired()
{
    for (auto it = s_entries.begin(); it != s_entries.end();) {
        if (!it->second.loading && it->second.store.expired())
            it = s_entries.erase(it);
        else
            ++it;
    }
}

} // namespace

std::shared_ptr<const ColumnStore> SharedColumnStores::obtain(const QByteArray& key, const Loader& load, QString* error,
                                                              const std::function<bool()>& cancel)
{
    if (key.isEmpty())
        return load(error);
    {
        std::unique_lock lock(s_mutex);
        for (;;) {
            Entry& entry = s_entries[key];
            if (auto store = entry.store.lock())
                return store;
            if (!entry.loading) {
                entry.loading = true;
                break;
            }
            s_changed.wait_for(lock, std::chrono::milliseconds(50));
            if (cancel && cancel()) {
                if (error)
                    *error = tr("Cancelled while another job was loading the customers.");
                return nullptr;
            }
        }
    }
    std::shared_ptr<const ColumnStore> store = load(error);
    {
        std::lock_guard lock(s_mutex);
        Entry& entry = s_entries[key];
        entry.loading = false;
        if (store)
            entry.store = store;
        dropExpired();
    }
    s_changed.notify_all();
    return store;
}

std::shared_ptr<const ColumnStore> SharedColumnStores::find(const QByteArray& key)
{
    if (key.isEmpty())
        return nullptr;
    std::lock_guard lock(s_mutex);
    const auto it = s_entries.find(key);
    return it == s_entries.end() ? nullptr : it->second.store.lock();
}

int SharedColumnStores::aliveCount()
{
    std::lock_guard lock(s_mutex);
    int alive = 0;
    for (const auto& [key, entry] : s_entries)
        alive += entry.store.expired() ? 0 : 1;
    return alive;
}

} // namespace swb
