// Statecraft's view of libhunspell: the C API only. Only `Extraction/Hunspell.swift` imports it.
#ifndef STATECRAFT_CHUNSPELL_SHIM_H
#define STATECRAFT_CHUNSPELL_SHIM_H

#include <hunspell/hunspell.h>

#endif
