using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MondayRulesSamples
{
    private static readonly string OtherToken = TestKeys.JwtOf("{\"alg\":\"HS256\"}", "{\"tid\":\"" + FakeKey.Random(FakeKey.Hex, 16, 5) + "\"}", 43, 6);

    private static readonly string Key = TestKeys.JwtOf("{\"alg\":\"HS256\"}", "{\"tid\":" + FakeKey.Random(TestKeys.Digits, 9, 1) + ",\"aai\":11,\"uid\":" + FakeKey.Random(TestKeys.Digits, 8, 2) + ",\"iad\":\"2024-05-20T21:03:42.000Z\",\"per\":\"me:write\",\"actid\":" + FakeKey.Random(TestKeys.Digits, 8, 3) + ",\"rgn\":\"use1\"}", 43, 4);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("monday-api-token", Key, "MONDAY_API_TOKEN")
        .FindsIn("monday-api-token", "the SDK", $"monday.setToken('{Key}');", Key)
        .FindsIn("jwt", "another token of that header is no monday.com token", $"value: {OtherToken}", OtherToken)
        .Ignores("monday-api-token", "an expired token", $"value: {TestKeys.JwtOf("{\"alg\":\"HS256\"}", "{\"tid\":" + FakeKey.Random(TestKeys.Digits, 9, 7) + ",\"uid\":" + FakeKey.Random(TestKeys.Digits, 8, 8) + ",\"per\":\"me:write\",\"exp\":1718831022}", 43, 9)}");
}
