using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SensitiveDefaultRulesSamples
{
    private static readonly string Password = FakeKey.Of("g-F", "*", FakeKey.Random(FakeKey.Base62, 14, 1), "~md");

    private static readonly string Token = FakeKey.Random(FakeKey.Base62, 32, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("sensitive-variable-default", "a Terraform variable marked sensitive", $"variable \"db_admin_password\" {{\n  type        = string\n  sensitive   = true\n  default     = \"{Password}\"\n}}\n", Password)
        .FindsIn("sensitive-variable-default", "the default before the flag", $"variable \"api_token\" {{\n  default   = \"{Token}\"\n  sensitive = true\n}}\n", Token)
        .FindsIn("sensitive-variable-default", "a CloudFormation parameter marked NoEcho", $"Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: \"{Password}\"\n  Stage:\n    Type: String\n", Password)
        .FindsIn("sensitive-variable-default", "a JSON CloudFormation parameter", $"\"Parameters\": {{\n  \"ApiToken\": {{\n    \"Type\": \"String\",\n    \"NoEcho\": \"true\",\n    \"Default\": \"{Token}\"\n  }}\n}}", Token)
        .Ignores("sensitive-variable-default", "a sensitive variable without a default, and a default of another variable", $"variable \"db_password\" {{\n  type      = string\n  sensitive = true\n}}\n\nvariable \"region\" {{\n  default = \"eu-west-1a-{Token}\"\n}}\n")
        .Ignores("sensitive-variable-default", "where the secret is", "variable \"http_certificate\" {\n  sensitive   = true\n  default     = \"arn:aws:acm:us-east-1:021891598585:certificate/9133f5bf-141f-44b8-93fe-d11d5d704ba4\"\n}\nvariable \"vault_url\" {\n  sensitive = true\n  default   = \"https://vault-7.example.internal:8200/v1/kv2\"\n}\n")
        .Ignores("sensitive-variable-default", "references and placeholders", "variable \"x\" {\n  sensitive = true\n  default   = \"${var.fallback}\"\n}\nParameters:\n  Secret:\n    NoEcho: true\n    Default: '{{resolve:secretsmanager:prod/db}}'\n  Other:\n    NoEcho: true\n    Default: changeme-please\n");
}
