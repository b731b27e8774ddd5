using System;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Builds the rule of a format that only the words near it tell apart (32 hex digits next to "Datadog"): Medium
/// confidence, and the same words serve as the prefilter's keywords and as the context a match needs. A name in code
/// ("FastlyAccountResponse_1") has the length and alphabet of many such formats and stands next to the provider's name
/// in its client library: none is taken. A value under one of <c>publicNames</c> is not either. (Rules of passwords,
/// which people make of words, are not built here.)
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
        Func<string, bool>? isPlausible = null,
        string[]? publicNames = null,
        bool madeLocally = false,
        string? referencedValue = null) =>
        new(id, provider, description, pattern, context, remediation)
        {
            MadeLocally = madeLocally,
            ReferencedValue = referencedValue,
            Confidence = Confidence.Medium,
            ContextKeywords = context,
            ContextNamesProvider = true,
            PublicNames = publicNames ?? Array.Empty<string>(),
            MinEntropy = minEntropy,
            IsPlausible = isPlausible is null
                ? value => !Plausibility.IsCodeIdentifier(value)
                : value => !Plausibility.IsCodeIdentifier(value) && isPlausible(value),
        };
}
