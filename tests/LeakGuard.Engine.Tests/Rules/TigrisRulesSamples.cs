using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TigrisRulesSamples
{
    private static readonly string Key = FakeKey.Of("ts", "ec_", FakeKey.Random(FakeKey.UrlSafe, 60, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tigris-secret-access-key", Key, "AWS_SECRET_ACCESS_KEY")
        .Ignores("tigris-secret-access-key", "the access key id", $"value: tid_{FakeKey.Random(FakeKey.UrlSafe, 40, 2)}")
        .Ignores("tigris-secret-access-key", "a snake-case name", "value: tsec_scheduled_backup_2_for_the_production_media_bucket_items");
}
