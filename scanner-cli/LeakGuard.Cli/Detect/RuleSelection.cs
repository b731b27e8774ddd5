using System.Collections.Generic;
using System.Linq;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Detect;

/// <summary>
/// Which rules a scan runs. Generic (low-confidence) rules are noisy on whole histories, so they run only when asked
/// with <c>--include-generic</c>; every other rule runs when it is enabled by default.
/// </summary>
internal static class RuleSelection
{
    public static IReadOnlyList<SecretRule> Select(bool includeGeneric) =>
        BuiltInRules.All
            .Where(r => r.Confidence == Confidence.Low ? includeGeneric : r.EnabledByDefault)
            .ToArray();
}
