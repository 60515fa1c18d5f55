// Copyright 2026 The Precis Authors.
//
// The character encoding an HTML page declares for itself.
#ifndef PRECIS_HTML_DECLARED_CHARSET_H_
#define PRECIS_HTML_DECLARED_CHARSET_H_

#include <string>
#include <string_view>

namespace precis {

// The encoding label of the first <meta charset="..."> or <meta
// http-equiv="Content-Type" content="text/html; charset=..."> in the first
// 1024 bytes of `html` (where the HTML standard's prescan looks), lower
// case, without quotes; "" when there is none. A byte scan, not a parse:
// it runs before the bytes are known to be UTF-8.
std::string DeclaredCharset(std::string_view html);

}  // namespace precis

#endif  // PRECIS_HTML_DECLARED_CHARSET_H_
