using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AwsRulesSamples
{
    private static readonly string SessionToken = FakeKey.Of("IQoJb3", "JpZ2luX2Vj", FakeKey.Random(FakeKey.Base64, 180, 41), "//////////", FakeKey.Random(FakeKey.Base64, 190, 43), "=");

    private static readonly string SesSmtpPassword = FakeKey.Of("B", FakeKey.Random(FakeKey.Base64, 43, 44));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("aws-iam-access-key-state", "Terraform state of an access key", $"\"attributes\": {{\n  \"create_date\": \"2024-03-11T09:12:44Z\",\n  \"encrypted_secret\": null,\n  \"key_fingerprint\": null,\n  \"pgp_key\": null,\n  \"secret\": \"{TestKeys.AwsSecretKey(9)}\",\n  \"status\": \"Active\"\n}}", TestKeys.AwsSecretKey(9))
        .FindsIn("aws-iam-access-key-state", "Terraform state's SES SMTP password", $"    \"ses_smtp_password_v4\": \"{SesSmtpPassword}\",\n    \"status\": \"Active\",\n", SesSmtpPassword)
        .Ignores("aws-iam-access-key-state", "a secret encrypted with a PGP key", $"  \"encrypted_secret\": \"wcBMA{FakeKey.Random(FakeKey.Base64, 60, 45)}\",\n  \"pgp_key\": \"keybase:ops\",\n  \"secret\": null,\n")
        .Finds("aws-access-key-id", TestKeys.AwsAccessKeyId(), "AWS_ACCESS_KEY_ID")
        .FindsIn("aws-access-key-id", "temporary key", $"\"AccessKeyId\": \"{TestKeys.AwsAccessKeyId("ASIA", 2)}\"", TestKeys.AwsAccessKeyId("ASIA", 2))
        .Finds("aws-secret-access-key", TestKeys.AwsSecretKey(), "AWS_SECRET_ACCESS_KEY")
        .FindsIn("aws-secret-access-key", "credentials file", $"[default]\naws_secret_access_key = {TestKeys.AwsSecretKey(2)}\n", TestKeys.AwsSecretKey(2))
        .FindsIn("aws-secret-access-key", "name passed as context", TestKeys.AwsSecretKey(3), TestKeys.AwsSecretKey(3), "AwsSecretAccessKey")
        .FindsIn("aws-key-pair", "credentials file", $"[default]\naws_access_key_id = {TestKeys.AwsAccessKeyId(seed: 4)}\naws_secret_access_key = {TestKeys.AwsSecretKey(4)}\n", $"{TestKeys.AwsAccessKeyId(seed: 4)}\naws_secret_access_key = {TestKeys.AwsSecretKey(4)}")
        .FindsIn("aws-key-pair", "JSON from sts", $"{{ \"AccessKeyId\": \"{TestKeys.AwsAccessKeyId("ASIA", 5)}\", \"SecretAccessKey\": \"{TestKeys.AwsSecretKey(5)}\" }}", $"{TestKeys.AwsAccessKeyId("ASIA", 5)}\", \"SecretAccessKey\": \"{TestKeys.AwsSecretKey(5)}")
        .FindsIn("aws-key-pair", "a csh script's setenv", $"setenv AWS_ACCESS_KEY_ID = {TestKeys.AwsAccessKeyId(seed: 6)}\nsetenv AWS_SECRET_ACCESS_KEY = {TestKeys.AwsSecretKey(6)}\n", $"{TestKeys.AwsAccessKeyId(seed: 6)}\nsetenv AWS_SECRET_ACCESS_KEY = {TestKeys.AwsSecretKey(6)}")
        .Ignores("aws-key-pair", "documentation example pair", "aws_access_key_id = " + "AKIAIOSFODNN7" + "EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY")
        .Ignores("aws-key-pair", "a hex digest after the key id", $"{"AK" + "IA"}{"IOSFODNN7"}EXAMPLE sha1={FakeKey.Random(FakeKey.Hex, 40)}")
        .Ignores("aws-access-key-id", "documentation example", "aws_access_key_id = " + "AKIAIOSFODNN7" + "EXAMPLE")
        .Ignores("aws-access-key-id", "run of X", "key = " + "AK" + "IA" + new string('X', 16))
        .Ignores("aws-access-key-id", "lower case", TestKeys.AwsAccessKeyId().ToLowerInvariant())
        .Ignores("aws-access-key-id", "digits outside base 32", "AK" + "IA" + "0189" + FakeKey.Random(FakeKey.UpperBase32, 12))
        .Ignores("aws-access-key-id", "embedded in a longer word", "TODAY" + TestKeys.AwsAccessKeyId())
        .Ignores("aws-secret-access-key", "MinIO's public playground credentials", $"[default]\naws_access_key_id = {FakeKey.Of("Q3AM3UQ8", "67SPQQA43P2F")}\naws_secret_access_key = {FakeKey.Of("zuf+tfteSl", "swRu7BJ86wekit", "nifILbZam1KYY3TG")}\n")
        .Ignores("aws-secret-access-key", "no AWS context", $"\"digest\": \"{TestKeys.AwsSecretKey()}\"")
        .Ignores("aws-secret-access-key", "a 40-letter policy name", "\"AWSEC2" + "CapacityReservationFleetRolePolicy\": \"arn:aws:iam::aws:policy/aws-service-role/x\",")
        .Ignores("aws-secret-access-key", "40 characters of a longer url-safe hash", $"awscli/customizations/locationargs.py,sha256={TestKeys.AwsSecretKey()}-vc,5910")
        .Ignores("aws-secret-access-key", "'aws' only by chance inside a certificate's base 64", $"-----BEGIN CERTIFICATE-----\n{FakeKey.Random(FakeKey.Base64, 30, 5)}qaws{FakeKey.Random(FakeKey.Base64, 30, 6)}\n{TestKeys.AwsSecretKey()}\n-----END CERTIFICATE-----\n")
        .Ignores("aws-secret-access-key", "a commit hash next to AWS", $"aws_cli_commit: {FakeKey.Random(FakeKey.Hex, 40)}")
        .Ignores("aws-secret-access-key", "documentation example", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY")
        .Ignores("aws-secret-access-key", "a managed policy's name in an ARN", "\"arn:aws:iam::aws:policy/EC2" + "InstanceProfileForImageBuilder\"")
        .Ignores("aws-secret-access-key", "a managed policy's name with a digit and capitals", "{ \"AmazonSSMManagedEC2" + "InstanceDefaultPolicy\": \"arn:aws:iam::aws:policy/x\" }")
        .Ignores("aws-secret-access-key", "a policy statement's name", "aws_managed_policy = \"AllowEc2Instances" + "WithEncryptedEbsVolumes\"")
        .Ignores("aws-secret-access-key", "the path of an AWS documentation URL", "See https://docs.aws.amazon.com/AWSEC2/latest/" + "UserGuide/EBSSnapshots.html")
        .Ignores("aws-secret-access-key", "the end of a dotted name", $"aws.config.{FakeKey.Random(FakeKey.Base64, 40, 7)}")
        .Ignores("aws-secret-access-key", "an API Gateway key of the AWS CLI's bundled examples", $"  aws apigateway update-api-key --api-key {FakeKey.Of("sNvjQDMReA1eEQPNAW8r", "37XsU2rDD7fc7m2SiMnu")} --patch-operations op='replace',path='/name',value='newName'")
        .FindsIn("aws-secret-access-key", "at the end of a sentence", $"The AWS secret key is {TestKeys.AwsSecretKey(8)}.", TestKeys.AwsSecretKey(8))
        .Finds("aws-session-token", SessionToken, "AWS_SESSION_TOKEN")
        .FindsIn("aws-session-token", "~/.aws/credentials", $"[default]\naws_session_token = {SessionToken}\n", SessionToken)
        .Ignores("aws-session-token", "too short", $"value: IQoJb3JpZ2luX2Vj{FakeKey.Random(FakeKey.Base62, 60, 42)}")
        .Ignores("aws-session-token", "the example of AWS's documentation", $"\"SessionToken\": \"{FakeKey.Of("IQoJb3JpZ2luX2VjEOz", "////////////////////", "wEXAMPLEtMSJHMEUCID", FakeKey.Random(FakeKey.Base64, 300, 44))}==\",")
        .Ignores("aws-secret-access-key", "a CDK construct's logical id in cdk diff", "Resources\n[-] Custom::AWSCDKOpenIdConnectProvider TestCluster/OpenIdConnectProvider/Resource TestClusterOpenIdConnectProviderE18F0FD0 orphan");
}
