// Statecraft's view of Graphviz: libgvc and libcgraph.
//
// Swift 6 rejects direct use of mutable C globals such as `Agdirected`, so the
// graph descriptors are exposed through inline functions instead.
#ifndef STATECRAFT_CGRAPHVIZ_SHIM_H
#define STATECRAFT_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

static inline Agdesc_t statecraft_agdirected(void) { return Agdirected; }
static inline Agdesc_t statecraft_agstrictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t statecraft_agundirected(void) { return Agundirected; }

static inline Agnode_t *statecraft_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *statecraft_aghead(Agedge_t *e) { return aghead(e); }

#endif
