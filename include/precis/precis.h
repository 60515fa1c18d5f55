// Copyright 2026 The Precis Authors.
//
// Everything Precis offers, in one include.
#ifndef PRECIS_PRECIS_H_
#define PRECIS_PRECIS_H_

#include "precis/analyze.h"
#include "precis/batch.h"
#include "precis/document.h"
#include "precis/format.h"
#include "precis/preprocess.h"
#include "precis/reader.h"
#include "precis/rouge.h"
#include "precis/serve.h"
#include "precis/status.h"
#include "precis/summarizer.h"
#include "precis/thread_limit.h"

#endif  // PRECIS_PRECIS_H_
