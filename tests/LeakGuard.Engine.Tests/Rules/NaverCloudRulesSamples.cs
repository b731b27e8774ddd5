using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NaverCloudRulesSamples
{
    private static readonly string Key = FakeKey.Of("ncp_iam", "_BPK", FakeKey.Random(FakeKey.Base62, 31, 57));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("naver-cloud-secret-key", Key, "NCLOUD_SECRET_KEY")
        .Ignores("naver-cloud-secret-key", "the access key id", $"NCLOUD_ACCESS_KEY=ncp_iam_BPA{FakeKey.Random(FakeKey.Base62, 17, 58)}");
}
