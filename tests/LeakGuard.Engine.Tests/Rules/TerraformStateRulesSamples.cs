using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TerraformStateRulesSamples
{
    private static readonly string Password = FakeKey.Random(FakeKey.Base62, 24, 61) + "!)";

    private static readonly string Suffix = FakeKey.Random(FakeKey.Base62, 8, 62);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("terraform-state-random-password", "a random_password in state, its attributes in Terraform's order", State("random_password", Password, "\"bcrypt_hash\": \"$2a$10$ovo5QjxUp1oFLzihV.Q6P.O8WKLICRLWNyPTtyTy.2Zi97Tv4EZzj\",\n            "), Password)
        .Ignores("terraform-state-random-password", "a random_string's result, which is no secret", State("random_string", Suffix, string.Empty))
        .Ignores("terraform-state-random-password", "the configuration, not the state", "resource \"random_password\" \"db\" {\n  length  = 24\n  special = true\n}\n\noutput \"result\" {\n  value = random_password.db.result\n  sensitive = true\n}\n");

    private static string State(string type, string result, string hash) =>
        "{\n  \"version\": 4,\n  \"resources\": [\n    {\n      \"mode\": \"managed\",\n      \"type\": \"" + type + "\",\n      \"name\": \"db\",\n"
        + "      \"provider\": \"provider[\\\"registry.terraform.io/hashicorp/random\\\"]\",\n      \"instances\": [\n        {\n          \"schema_version\": 3,\n"
        + "          \"attributes\": {\n            " + hash + "\"id\": \"none\",\n            \"keepers\": null,\n            \"length\": 24,\n            \"lower\": true,\n"
        + "            \"min_lower\": 0,\n            \"min_numeric\": 0,\n            \"min_special\": 0,\n            \"min_upper\": 0,\n            \"number\": true,\n"
        + "            \"numeric\": true,\n            \"override_special\": null,\n            \"result\": \"" + result + "\",\n            \"special\": true,\n            \"upper\": true\n"
        + "          },\n          \"sensitive_attributes\": []\n        }\n      ]\n    }\n  ]\n}\n";
}
