using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BitlyRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 40, 1);

    private static readonly string LegacyKey = FakeKey.Of("R", "_", FakeKey.Random(FakeKey.Hex, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bitly-access-token", Key, "BITLY_ACCESS_TOKEN")
        .FindsIn("bitly-access-token", "a v3 shorten URL", $"https://api-ssl.bitly.com/v3/shorten?access_token={Key}&longUrl=https%3A%2F%2Fexample.org", Key)
        .FindsByName("bitly-access-token", "a legacy key a PHP function takes", $"function get_bitly_short_url($url, $login = 'acme', $appkey = '{LegacyKey}')", "{\n    $connectURL = 'http://api.bit.ly/v3/shorten?login=' . $login . '&apiKey=' . $appkey . '&uri=' . urlencode($url);", LegacyKey)
        .Ignores("bitly-access-token", "no Bitly named", $"value: {Key}");
}
