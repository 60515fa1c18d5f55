// Copyright 2026 The Precis Authors.
//
// The single web page `precis serve` answers GET / with: paste or drop
// articles, choose a length and a method, read the summary with its sources
// and the agreement report. Self-contained (no script, style or font from
// elsewhere), no build step: HTML, CSS and JavaScript in one string.
#ifndef PRECIS_SERVE_PAGE_H_
#define PRECIS_SERVE_PAGE_H_

#include <string_view>

namespace precis {

std::string_view WebPage();

}  // namespace precis

#endif  // PRECIS_SERVE_PAGE_H_
