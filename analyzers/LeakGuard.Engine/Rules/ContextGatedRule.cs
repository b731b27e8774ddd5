using System;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Builds the rule of a format that only the words near it tell apart (32 hex digits next to "Datadog"): Medium
/// confidence, and the same words serve as the prefilter's keywords and as the context a match needs.
/// </summary>
internal static class ContextGatedRule
{
    public static SecretRule Create(
        string id,
        string provider,
        string description,
        string pattern,
        string[] context,
        Remediation remediation,
        double minEntropy,
        Func<string, bool>? isPlausible = null) =>
        new(id, provider, description, pattern, context, remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = context,
            MinEntropy = minEntropy,
            IsPlausible = isPlausible,
        };
}
