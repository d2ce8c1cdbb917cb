#include "model/error.hpp"

// The error types are header-only; this file anchors them in the library so that their
// vtables and type information live in one object file.
