using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FinnhubRulesSamples
{
    private static readonly string FinnhubAccessToken = FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 20, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("finnhub-access-token", FinnhubAccessToken, "FINNHUB_API_KEY")
        .FindsIn("finnhub-access-token", "a current key of 40 characters", $"finnhub_client = finnhub.Client(api_key=\"{FinnhubAccessToken}{FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 20, 2)}\")", $"{FinnhubAccessToken}{FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 20, 2)}")
        .Ignores("finnhub-access-token", "30 characters", $"finnhub: {FinnhubAccessToken}{FinnhubAccessToken[..10]}")
        .Ignores("finnhub-access-token", "no finnhub context", $"\"checksum\": \"{FinnhubAccessToken}\"")
        .Ignores("finnhub-access-token", "one character short", $"finnhub: {FinnhubAccessToken[..^1]}")
        .FindsByName("finnhub-access-token", "a variable the URL takes", $"API_KEY = \"{FinnhubAccessToken}\"", "r = requests.get(f\"https://finnhub.io/api/v1/quote?symbol={symbol}&token={API_KEY}\")", FinnhubAccessToken);
}
