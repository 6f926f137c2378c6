// Maps rowids of inserted rows back to the lines of the imported file, storing only where the offset changes.
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace swb {

class LineMap
{
public:
    void add(qint64 rowid, qint64 line)
    {
        if (m_anchors.empty() || m_anchors.back().second - m_anchors.back().first != line - rowid)
            m_anchors.emplace_back(rowid, line);
    }
    qint64 line(qint64 rowid) const
    {
        auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(),
                                   std::pair(rowid, std::numeric_limits<qint64>::max()));
        if (it == m_anchors.begin())
            return 0;
        --it;
        return rowid - it->first + it->second;
    }

private:
    std::vector<std::pair<qint64, qint64>> m_anchors;
};

} // namespace swb
