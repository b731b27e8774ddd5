using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TerraformStateRules
{
    private static readonly Remediation Remediation = new("https://developer.hashicorp.com/terraform/language/state/sensitive-data", "App:Password", "APP_PASSWORD")
    {
        Steps = new[]
        {
            "Change the password where it is used (taint or replace the random_password so that Terraform makes a new one, and apply): the state file in the repository holds the old one in clear.",
            "Keep the state out of the repository: a remote backend with encryption and access control (S3 with KMS, Azure Storage, HCP Terraform), and add *.tfstate to .gitignore.",
        },
    };

    // Terraform state keeps a random_password's value in clear, as "result" among the resource's attributes, however
    // sensitive the configuration marks it: a committed .tfstate hands the password to anyone with the repository.
    // random_string's result is no secret and is not reported.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "terraform-state-random-password",
            "Terraform",
            "Password a random_password resource made, in clear in Terraform state",
            "\"type\"[ \\t]{0,3}:[ \\t]{0,3}\"random_password\"[\\s\\S]{0,1200}?\"result\"[ \\t]{0,3}:[ \\t]{0,3}\"(?<secret>[^\"\\\\\\r\\n]{6,128})\"",
            new[] { "random_password" },
            Remediation)
        {
            MinEntropy = 2.5,
        },
    };
}
