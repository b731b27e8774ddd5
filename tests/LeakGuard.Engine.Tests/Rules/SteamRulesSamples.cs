using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SteamRulesSamples
{
    private static readonly string Key = FakeKey.Random("0123456789ABCDEF", 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("steam-web-api-key", Key, "STEAM_API_KEY")
        .FindsIn("steam-web-api-key", "a Web API call", $"https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key={Key}&steamids=76561197960435530", Key)
        .Ignores("steam-web-api-key", "no Steam near", $"\"checksum\": \"{Key}\"")
        .Ignores("steam-web-api-key", "one digit short", $"steam: {Key[..^1]}")
        .FindsByName("steam-web-api-key", "a variable the URL takes", $"private static final String KEY = \"{Key}\";", "String url = \"https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?steamids=\" + id + \"&key=\" + KEY;", Key);
}
