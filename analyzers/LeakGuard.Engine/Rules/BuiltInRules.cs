using System.Collections.Generic;
using System.Linq;
using LeakGuard.Engine.Rules;

namespace LeakGuard.Engine;

/// <summary>The catalog of rules LeakGuard ships with, one provider per file under <c>Rules/</c>.</summary>
public static class BuiltInRules
{
    public static IReadOnlyList<SecretRule> All { get; } = new[]
    {
        OpenAiRules.All,
        GitHubRules.All,
    }.SelectMany(r => r).ToArray();
}
