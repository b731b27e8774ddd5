using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MongoDbAtlasRulesSamples
{
    private static readonly string MongodbAtlasPrivateKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    private static readonly string MongodbAtlasServiceAccountSecretKey = FakeKey.Of("mdb_s", "a_sk_", FakeKey.Random(FakeKey.UrlSafe, 44, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mongodb-atlas-private-key", MongodbAtlasPrivateKeyKey, "MONGODB_ATLAS_PRIVATE_KEY")
        .FindsIn("mongodb-atlas-private-key", "Terraform's provider block", $"provider \"mongodbatlas\" {{\n  public_key  = \"qwzbvmxt\"\n  private_key = \"{MongodbAtlasPrivateKeyKey}\"\n}}", MongodbAtlasPrivateKeyKey)
        .Ignores("mongodb-atlas-private-key", "no atlas context", $"\"checksum\": \"{MongodbAtlasPrivateKeyKey}\"")
        .Ignores("mongodb-atlas-private-key", "one character short", $"atlas: {MongodbAtlasPrivateKeyKey[..^1]}")
        .Finds("mongodb-atlas-service-account-secret", MongodbAtlasServiceAccountSecretKey, "API_KEY")
        .Ignores("mongodb-atlas-service-account-secret", "embedded in a longer token", "value: Q" + MongodbAtlasServiceAccountSecretKey)
        .Ignores("mongodb-atlas-service-account-secret", "one character below the minimum length", $"value: {MongodbAtlasServiceAccountSecretKey[..49]}")
        .Ignores("mongodb-atlas-private-key", "an Atlassian group's id", $" * `\"atlassian-group-role-actor-id\":[\"{MongodbAtlasPrivateKeyKey}\"]`")
        .FindsIn("mongodb-atlas-private-key", "a camel-case name", $"var atlasPrivateKey = \"{MongodbAtlasPrivateKeyKey}\";", MongodbAtlasPrivateKeyKey)
        .FindsIn("mongodb-atlas-private-key", "the provider named on the line before", $"# MongoDB Atlas\nprivate_key: {MongodbAtlasPrivateKeyKey}", MongodbAtlasPrivateKeyKey)
        .Ignores("mongodb-atlas-private-key", "examples in prose", $"* The tenant's instance ID. Examples: Atlas (\"{MongodbAtlasPrivateKeyKey}\"), Slack (\"T123456\").")
        .Ignores("mongodb-atlas-private-key", "an example after e.g.", $"atlas_group: the project, e.g. {MongodbAtlasPrivateKeyKey}");
}
