// The public API in one include: extract() one article, compare() many.
#pragma once
#include "corroborate/claims.h"
#include "corroborate/extract.h"
#include "corroborate/options.h"
#include "corroborate/report.h"
#include "corroborate/result.h"
#include "corroborate/span.h"

namespace corroborate {

constexpr const char* kVersion = "0.1.0";

// JSON of one extraction (the CLI's `extract --json`, the npm extract()).
std::string to_json(const Extraction& extraction);
// Writes an extraction object into an open writer (used by the report too).
class JsonWriter;
void write_extraction(JsonWriter& w, const Extraction& extraction);
// {"ok":false,"error":{"code":"...","message":"..."}}
std::string error_json(const Error& error);

}  // namespace corroborate
