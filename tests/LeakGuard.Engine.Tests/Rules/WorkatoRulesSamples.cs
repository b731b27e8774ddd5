using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WorkatoRulesSamples
{
    private static readonly string Key = FakeKey.Of("wrka", "us-", TestKeys.JwtOf("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", "{\"sub\":\"" + FakeKey.Random(FakeKey.Hex, 32, 1) + "\",\"jti\":\"" + FakeKey.Random(FakeKey.Hex, 32, 2) + "\"}", 683, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("workato-api-token", Key, "WORKATO_API_TOKEN")
        .FindsIn("workato-api-token", "a bearer header", $"curl -H \"Authorization: Bearer {Key}\" https://www.workato.com/api/recipes", Key)
        .Ignores("workato-api-token", "a prefix alone", "value: wrkaus-eyJhbGciOi");
}
