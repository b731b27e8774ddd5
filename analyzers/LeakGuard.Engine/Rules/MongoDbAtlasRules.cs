using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MongoDbAtlasRules
{
    private static readonly Remediation Remediation = new("https://cloud.mongodb.com/v2#/account/publicApi", "MongoDbAtlas:PrivateKey", "MONGODB_ATLAS_PRIVATE_KEY");

    // "Atlas" as a word of its own or the first of a name ("atlas_private_key", "AtlasApiKey"), never the start of
    // "Atlassian", whose ids are UUIDs too; Terraform's provider is "mongodbatlas", where "atlas" does not start a word.
    private static readonly string[] MongodbAtlasPrivateKeyContext =
    {
        "atlas_", "atlas-", "atlas.", "atlas ", "atlas\"", "atlas'", "atlas:", "atlas=", "atlas/", "atlas\n", "atlas\r",
        "atlasapi", "atlaskey", "atlasprivate", "atlaspublic", "atlasorg", "atlasproject", "mongodbatlas",
    };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "mongodb-atlas-private-key",
            "MongoDB Atlas",
            "MongoDB Atlas API private key (a UUID next to Atlas)",
            Patterns.Token(Patterns.Uuid),
            MongodbAtlasPrivateKeyContext,
            Remediation,
            minEntropy: 3),
        new SecretRule(
            "mongodb-atlas-service-account-secret",
            "MongoDB Atlas",
            "MongoDB Atlas service account client secret",
            Patterns.Token("mdb_sa_sk_[A-Za-z0-9_-]{40,64}"),
            new[] { "mdb_sa_sk_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
