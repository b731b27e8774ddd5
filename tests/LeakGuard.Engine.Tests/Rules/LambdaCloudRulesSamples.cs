using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LambdaCloudRulesSamples
{
    private static readonly string Key = FakeKey.Of("sec", "ret_api-key2_", FakeKey.Random(FakeKey.Hex, 32, 1), ".", FakeKey.Random(FakeKey.Base62, 32, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("lambda-cloud-api-key", Key, "LAMBDA_API_KEY")
        .FindsIn("lambda-cloud-api-key", "a curl call", $"curl -u {Key}: https://cloud.lambdalabs.com/api/v1/instances", Key)
        .Ignores("lambda-cloud-api-key", "a placeholder", "LAMBDA_API_KEY=secret_your_id.your_token");
}
