# Fails when a file under DIR (ui/) holds or opens the workspace itself: includes model/workspace.h or
# model/database.h, opens or connects a Workspace, or names Workspace, Database or SegmentRepository as a type of a
# member, local or parameter. Widgets ask the open workspace's session (model/jobs/segmentoperations.h) instead.
#   cmake -DDIR=<folder> -P uiholdsnoworkspace.cmake
if(NOT DIR)
    message(FATAL_ERROR "DIR is not set")
endif()
set(patterns
    "model/workspace\\.h"
    "model/database\\.h"
    "Workspace::(open|connect)"
    "(unique_ptr|shared_ptr|optional)<([A-Za-z_]+::)?(Workspace|Database)>"
    "(^|[^A-Za-z0-9_])(Workspace|Database)[ \t]*[&*]"
    "(^|[^A-Za-z0-9_:])(Workspace|Database)[ \t]+m_"
    "class[ \t]+(Workspace|Database)([^A-Za-z0-9_]|$)"
    "SegmentRepository[ \t]*[(&*]"
    "(^|[^A-Za-z0-9_])sqlite3")
file(GLOB_RECURSE files "${DIR}/*.h" "${DIR}/*.cpp")
set(found 0)
foreach(path ${files})
    file(STRINGS "${path}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        foreach(pattern ${patterns})
            if(line MATCHES "${pattern}")
                file(RELATIVE_PATH shown "${DIR}" "${path}")
                message(SEND_ERROR "${shown}:${number}: holds the workspace itself (${pattern}): ${line}")
                math(EXPR found "${found} + 1")
                break()
            endif()
        endforeach()
    endforeach()
endforeach()
if(found GREATER 0)
    message(FATAL_ERROR "${found} line(s) under ${DIR} hold a Workspace or Database: ask the session "
                        "(SegmentOperations) instead.")
endif()
list(LENGTH files count)
message(STATUS "${count} files under ${DIR}: no Workspace or Database held")
