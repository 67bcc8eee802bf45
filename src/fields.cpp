#include "fields.hpp"
