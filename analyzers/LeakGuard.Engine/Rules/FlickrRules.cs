using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FlickrRules
{
    private static readonly Remediation Remediation = new("https://www.flickr.com/services/apps/by/me", "Flickr:ApiKey", "FLICKR_API_KEY");

    private static readonly string[] Context = { "flickr" };

    // An API key (32 hex digits) signs calls for the app that owns it; Flickr must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "flickr-access-token",
            "Flickr",
            "Flickr API key (32 hex digits next to Flickr)",
            Patterns.Token("[a-f0-9]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value)),
    };
}
