using System.Runtime.CompilerServices;

namespace LeakGuard.Engine;

/// <summary>How the loops that every character of a scan goes through ask to be compiled.</summary>
internal static class Tiering
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name: compiled fully optimized on
    /// the first call. Under tiered compilation such a loop starts as unoptimized code and, while a scan keeps
    /// compiling new methods (as a history scan does for its first seconds), stays there for most of a short scan.
    /// </summary>
    public const MethodImplOptions SkipToOptimized = (MethodImplOptions)512;
}
