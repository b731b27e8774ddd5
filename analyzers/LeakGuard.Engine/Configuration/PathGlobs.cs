using System;
using System.Collections.Generic;
using Microsoft.Extensions.FileSystemGlobbing;

namespace LeakGuard.Engine.Configuration;

/// <summary>Matches relative paths against globs in memory (no file system access).</summary>
internal sealed class PathGlobs
{
    private readonly Matcher? matcher;

    public PathGlobs(IReadOnlyList<string> globs)
    {
        if (globs.Count == 0)
        {
            return;
        }

        matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        foreach (var glob in globs)
        {
            matcher.AddInclude(glob);
        }
    }

    public bool Matches(string relativePath)
    {
        if (matcher is null || string.IsNullOrEmpty(relativePath))
        {
            return false;
        }

        var path = relativePath.Replace('\\', '/');
        path = path.StartsWith("./", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('/');
        return matcher.Match(path).HasMatches;
    }
}
