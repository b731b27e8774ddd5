using System;
using System.Collections.Generic;

namespace LeakGuard.Cli.Sources;

internal sealed record GitScanOptions(IReadOnlyList<string> Refs, string? Range, DateTimeOffset? Since, long MaxBlobBytes);
