using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SpotifyRulesSamples
{
    private static readonly string Secret = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("spotify-client-secret", Secret, "SPOTIFY_CLIENT_SECRET")
        .FindsIn("spotify-client-secret", "spotipy's credentials", $"sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(client_id=CLIENT_ID, client_secret=\"{Secret}\"))", Secret)
        .FindsIn("spotify-client-secret", "a Terraform variable's default", $"variable \"TF_VAR_SPOTIPY_CLIENT_SECRET\" {{\n    type = string\n    default = \"{Secret}\"\n}}", Secret)
        .Ignores("spotify-client-secret", "a Terraform variable's description, not its default", $"variable \"SPOTIPY_CLIENT_SECRET\" {{\n    type = string\n}}\nlocals {{ id = \"{Secret}\" }}")
        .Ignores("spotify-client-secret", "the client id, of the same form", $"SPOTIPY_CLIENT_ID='{Secret}'")
        .FindsIn("generic-secret", "no Spotify near: only the generic rule", $"checksum_secret: {Secret}", Secret);
}
