using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SpotifyRules
{
    private static readonly Remediation Remediation = new("https://developer.spotify.com/dashboard", "Spotify:ClientSecret", "SPOTIFY_CLIENT_SECRET");

    private static readonly string[] Context = { "spotify", "spotipy" };

    // An app's client secret (32 hex digits): with the client id it gets tokens as the app. The client id has the same
    // form, so only a secret's name tells them apart.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "spotify-client-secret",
            "Spotify",
            "Spotify app client secret (32 hex digits under a secret's name, next to Spotify)",
            Patterns.AssignedTo("secret", "[a-f0-9]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
