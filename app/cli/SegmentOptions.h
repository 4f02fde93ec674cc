#pragma once

#include "CommandParser.h"

#include "customers/Segment.h"

namespace huitou::cli {

// The segment builder's conditions as options of `segment` and `export`
// (every condition of core/customers/Segment): repeatable values are ORed
// within an option, the options ANDed.
void addSegmentOptions(CommandParser &p);
// The segment the options describe, on top of BASE (a saved segment or --where).
// Errors go to p.invalid().
Segment segmentFromOptions(CommandParser &p, Segment base);
// True when an option of addSegmentOptions() is set.
bool hasSegmentOptions(const CommandParser &p);

} // namespace huitou::cli
