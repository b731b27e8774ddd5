using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FlickrRules
{
    private static readonly Remediation Remediation = new("https://www.flickr.com/services/apps/by/me", "Flickr:ApiKey", "FLICKR_API_KEY");

    private static readonly string[] Context = { "flickr" };

    private static readonly Remediation SecretRemediation = new("https://www.flickr.com/services/apps/by/me", "Flickr:ApiSecret", "FLICKR_API_SECRET");

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

        // The key's secret (16 hex digits) signs the OAuth requests that act for a user: under a secret's name, or
        // after the key in flickrapi's FlickrAPI(key, secret). Sixteen random hex digits hold less than 3 bits of
        // entropy a digit about once in six.
        ContextGatedRule.Create(
            "flickr-api-secret",
            "Flickr",
            "Flickr API secret (16 hex digits under a secret's name or after the API key, next to Flickr)",
            $"{Patterns.AssignedTo("secret", "[a-f0-9]{16}", Patterns.Base62)}|FlickrAPI\\([ \\t]{{0,3}}{Patterns.AfterArgument("[a-f0-9]{32}", "[a-f0-9]{16}")}",
            Context,
            SecretRemediation,
            minEntropy: 2.5,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
