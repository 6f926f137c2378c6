// A saved segment in words: its definition as a sentence (FilterDescriber), a static segment said to be a fixed list.
#pragma once

#include "model/filter/filterresolver.h"
#include "model/segments/segmentrepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace swb {

class SegmentWords
{
    Q_DECLARE_TR_FUNCTIONS(swb::SegmentWords)

public:
    // "Country is DE and …"; for a static segment "A fixed list of customers (static segment), taken from: …";
    // a definition that no longer resolves says why.
    static QString describe(const Segment& segment, const FilterContext& context, const QLocale& locale = QLocale());
};

} // namespace swb
