#!/usr/bin/env perl
# Prints a git fast-import stream for the "minified" shape of generate-history.sh: one JavaScript bundle of about
# 1 MB on a single line, as build output committed to a repository is, rebuilt by every commit with a few tokens
# changed. Every PLANT_EVERY commits one commit writes a fake OpenAI-shaped key into the bundle, assembled from the
# parts given as arguments, so no key literal is stored here.
# Usage: minified-history.pl COMMITS PLANT_EVERY PREFIX PART1 PART2
# Deterministic: one fixed seed (perl >= 5.20 uses its own drand48 on every platform).
use strict;
use warnings;

my ($commits, $plant_every, @key_parts) = @ARGV;
die "usage: minified-history.pl COMMITS PLANT_EVERY PREFIX PART1 PART2\n" unless @key_parts == 3 && $commits >= 1 && $plant_every >= 1;
srand(20261129);

my @words = qw(function return var let const this null undefined for if else true false length push map filter call
  apply prototype new typeof instanceof window document);
my @alphabet = ('A' .. 'Z', 'a' .. 'z', '0' .. '9');
sub token { return $words[int rand @words] . '_' . int(rand 100000) }
sub random_text { my ($n) = @_; return join '', map { $alphabet[int rand @alphabet] } 1 .. $n }

my @tokens = map { token() } 1 .. 100_000;
for my $c (1 .. $commits) {
  $tokens[int rand @tokens] = token() for 1 .. 5;
  if ($c % $plant_every == 0) {
    $tokens[int rand @tokens] = "apiKey:\"$key_parts[0]" . random_text(20) . "$key_parts[1]$key_parts[2]" . random_text(20) . '"';
  }

  my $bundle = join(';', @tokens) . "\n";
  my $message = "build $c";
  printf "commit refs/heads/main\nmark :%d\n", $c;
  printf "author Bench Author <bench\@example.test> %d +0000\n", 1600000000 + $c * 60;
  printf "committer Bench Author <bench\@example.test> %d +0000\n", 1600000000 + $c * 60;
  printf "data %d\n%s\n", length($message), $message;
  printf "from :%d\n", $c - 1 if $c > 1;
  printf "M 100644 inline dist/app.min.js\ndata %d\n%s\n", length($bundle), $bundle;
}
