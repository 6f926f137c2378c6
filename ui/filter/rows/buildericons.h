// Small icons of the segment builder, drawn in the palette's text colour so they fit any style and theme.
#pragma once

#include <QIcon>

namespace swb::BuilderIcons {

QIcon grip(); // drag handle: two columns of dots
QIcon add(); // plus
QIcon remove(); // cross
QIcon visible(bool muted); // eye; crossed out when muted

} // namespace swb::BuilderIcons
