using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ApiSportsRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("apisports-api-key", Key, "APISPORTS_KEY")
        .FindsIn("apisports-api-key", "the header", $"headers: {{ \"x-apisports-key\": \"{Key}\" }}", Key)
        .Ignores("apisports-api-key", "no API-Sports named", $"value: {Key}")
        .FindsByName("apisports-api-key", "a header that takes a variable with an environment fallback", $"api_key = os.environ.get('FOOTBALL_API_KEY') or \"{Key}\"", "headers = {'x-apisports-key': api_key}", Key);
}
