using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HuggingFaceRulesSamples
{
    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("huggingface-token", TestKeys.HuggingFace(), "HF_TOKEN")
        .Finds("huggingface-org-token", TestKeys.HuggingFaceOrg(), "HUGGINGFACEHUB_API_TOKEN")
        .FindsIn("huggingface-token", "command line", $"huggingface-cli login --token {TestKeys.HuggingFace(2)}", TestKeys.HuggingFace(2))
        .Ignores("huggingface-token", "one letter short", TestKeys.HuggingFace()[..^1])
        .Ignores("huggingface-token", "digits are not in the format", TestKeys.HuggingFace()[..^2] + "42")
        .Ignores("huggingface-token", "placeholder", "hf" + "_" + new string('x', 34))
        .Ignores("huggingface-token", "code identifier", "- (id)hf_requiredCharacteristicTypesForDisplayMetadata;")
        .Ignores("huggingface-org-token", "constant name", "public static final String API_ORG_EXIST = \"APIOrganizationExist\";");
}
