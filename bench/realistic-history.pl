#!/usr/bin/env perl
# Prints a git fast-import stream for the "realistic" shape of generate-history.sh: an application repository that
# grows from an initial import of 1,200 source files in nested folders. Each commit changes 1-6 files with 1-3 hunks;
# about 1 commit in 10 adds a file, 1 in 50 deletes one, 1 in 100 renames one. Every ~30 commits on main a feature
# branch of 3-10 commits is opened; most are merged back with a merge commit, some are left unmerged. Every
# PLANT_EVERY commits one commit writes a fake OpenAI-shaped key into a .env file; every other one lands on a feature
# branch, and the first of those branches is never merged, so that key is reachable only from its branch ref. The
# key is assembled from the parts given as arguments, so no key literal is stored here.
# Usage: realistic-history.pl COMMITS PLANT_EVERY PREFIX PART1 PART2
# Deterministic: one fixed seed (perl >= 5.20 uses its own drand48 on every platform) and no hash-order decisions.
use strict;
use warnings;

my ($commits, $plant_every, @key_parts) = @ARGV;
die "usage: realistic-history.pl COMMITS PLANT_EVERY PREFIX PART1 PART2\n" unless @key_parts == 3 && $commits >= 1 && $plant_every >= 1;
srand(20261129);

my @verbs = qw(get create update delete validate load save parse build map apply compute resolve find send handle merge
  sync render format refresh register publish import export archive restore schedule cancel retry normalize);
my @nouns = qw(order customer invoice payment cart product catalog user account session cache queue report shipment
  inventory price discount tax address email notification audit job tenant role permission warehouse supplier
  review rating coupon refund ledger balance currency region locale feature setting profile upload image search
  filter page result batch event message channel webhook metric);
my @suffixes = qw(Service Repository Handler Options Client Controller Validator Mapper Factory Provider Builder
  Store Query Command Result Model View Helper Extensions);
my @types = qw(int string bool decimal DateTime Guid Task CancellationToken);
my @authors = ('Ada Lind <ada@example.test>', 'Bo Chen <bo@example.test>', 'Cai Moreau <cai@example.test>',
  'Dara Okafor <dara@example.test>', 'Eli Novak <eli@example.test>', 'Fay Ito <fay@example.test>',
  'Gus Patel <gus@example.test>', 'Hana Weber <hana@example.test>', 'Ivo Santos <ivo@example.test>',
  'Jo Larsen <jo@example.test>', 'Kim Haddad <kim@example.test>', 'Lu Brandt <lu@example.test>');
my %ext_of = (src => 'cs', tests => 'cs', web => 'ts', tools => 'py', docs => 'md', deploy => 'yml');
my @roots = qw(src src src src tests tests web web web tools docs deploy);

sub pick { my $list = shift; return $list->[int rand @$list] }
sub pascal { return ucfirst $_[0] }
sub plural { my ($w) = @_; return $w =~ /(?:s|ch|x)$/ ? "${w}es" : $w =~ /[^aeiou]y$/ ? substr($w, 0, -1) . 'ies' : "${w}s" }
sub camel { return pick(\@verbs) . pascal(pick(\@nouns)) }
sub type_name { return pascal(pick(\@nouns)) . pick(\@suffixes) }
sub snake { return pick(\@verbs) . '_' . pick(\@nouns) }
sub sentence { return join ' ', pick(\@verbs), 'the', pick(\@nouns), pick([qw(when if before after unless while)]), pick(\@nouns), pick(['changes', 'fails', 'is empty', 'expires', 'arrives']) }

sub line_cs {
  my $ind = '    ' x int rand 4;
  my $r = int rand 22;
  return '' if $r == 0 || $r == 16;
  return "$ind}" if $r == 1 || $r == 17;
  return "${ind}return " . camel() . ';' if $r == 18;
  return "${ind}break;" if $r == 19;
  return "${ind}else" if $r == 20;
  return "${ind}});" if $r == 21;
  return "${ind}{" if $r == 2;
  return "${ind}var " . camel() . ' = await _' . camel() . '.' . pascal(camel()) . 'Async(' . camel() . ', cancellationToken);' if $r == 3;
  return "${ind}if (" . camel() . ' is null) throw new ArgumentNullException(nameof(' . camel() . '));' if $r == 4;
  return "${ind}public " . pick(\@types) . ' ' . pascal(camel()) . '(' . type_name() . ' ' . camel() . ', int ' . pick(\@nouns) . 'Id) => ' . camel() . '.' . pascal(camel()) . '(' . pick(\@nouns) . 'Id);' if $r == 5;
  return "${ind}private readonly I" . type_name() . ' _' . camel() . ';' if $r == 6;
  return "$ind// " . ucfirst(sentence()) . '.' if $r == 7;
  return "${ind}return " . camel() . '.Where(x => x.' . pascal(pick(\@nouns)) . 'Id == ' . camel() . ').ToList();' if $r == 8;
  return "${ind}_logger.LogInformation(\"" . ucfirst(sentence()) . ' {' . pascal(pick(\@nouns)) . '}", ' . camel() . ');' if $r == 9;
  return "${ind}foreach (var " . pick(\@nouns) . ' in ' . camel() . ') ' . camel() . '.' . pascal(camel()) . '(' . pick(\@nouns) . ');' if $r == 10;
  return "$ind" . camel() . '.' . pascal(pick(\@nouns)) . 'Count = ' . int(rand 5000) . ';' if $r == 11;
  return "${ind}[HttpGet(\"" . pick(\@nouns) . '/{id:int}/' . pick(\@nouns) . "\")]" if $r == 12;
  return "${ind}public sealed class " . type_name() . ' : I' . type_name() if $r == 13;
  return "${ind}using " . pascal(pick(\@nouns)) . '.' . pascal(pick(\@nouns)) . ';' if $r == 14;
  return "${ind}case " . type_name() . ' ' . pick(\@nouns) . ' when ' . pick(\@nouns) . '.Total > ' . int(rand 900) . ':';
}

sub line_ts {
  my $ind = '  ' x int rand 4;
  my $r = int rand 15;
  return '' if $r == 0 || $r == 12;
  return "$ind}" if $r == 1 || $r == 13;
  return "${ind}return " . camel() . ';' if $r == 14;
  return "${ind}const " . camel() . ' = await this.' . camel() . '.' . camel() . '(' . camel() . ');' if $r == 2;
  return "${ind}if (!" . camel() . ') { return ' . camel() . '; }' if $r == 3;
  return "${ind}export function " . camel() . '(' . pick(\@nouns) . ': ' . type_name() . '): ' . type_name() . ' {' if $r == 4;
  return "${ind}import { " . type_name() . " } from './" . pick(\@nouns) . '/' . pick(\@nouns) . '-' . pick(\@nouns) . "';" if $r == 5;
  return "$ind// " . sentence() if $r == 6;
  return "$ind" . camel() . '.' . pick(\@nouns) . 'Count = ' . int(rand 5000) . ';' if $r == 7;
  return "$ind" . plural(pick(\@nouns)) . '.forEach((' . pick(\@nouns) . ') => ' . camel() . '(' . pick(\@nouns) . '));' if $r == 8;
  return "${ind}expect(" . camel() . '(' . int(rand 100) . ')).toEqual(' . int(rand 100) . ');' if $r == 9;
  return "${ind}private readonly " . camel() . ' = new ' . type_name() . '();' if $r == 10;
  return "${ind}return { ...state, " . pick(\@nouns) . ': action.' . pick(\@nouns) . ' };';
}

sub line_py {
  my $ind = '    ' x int rand 3;
  my $r = int rand 10;
  return '' if $r == 0;
  return $ind . snake() . ' = self.' . snake() . '(' . pick(\@nouns) . ', ' . int(rand 100) . ')' if $r == 1;
  return "${ind}if " . pick(\@nouns) . ' is None:' if $r == 2;
  return "${ind}return " . snake() . '(' . pick(\@nouns) . ')' if $r == 3;
  return "${ind}def " . snake() . '(self, ' . pick(\@nouns) . ': ' . type_name() . ') -> ' . type_name() . ':' if $r == 4;
  return "$ind# " . sentence() if $r == 5;
  return "${ind}logger.info(\"" . sentence() . ' %s", ' . pick(\@nouns) . ')' if $r == 6;
  return "${ind}for " . pick(\@nouns) . ' in ' . plural(pick(\@nouns)) . ':' if $r == 7;
  return "${ind}from " . pick(\@nouns) . '.' . pick(\@nouns) . ' import ' . type_name() if $r == 8;
  return "${ind}assert " . snake() . '(' . int(rand 100) . ') == ' . int(rand 100);
}

sub line_md {
  my $r = int rand 6;
  return '' if $r == 0;
  return '## ' . ucfirst(sentence()) if $r == 1;
  return '- ' . ucfirst(sentence()) . ' (see `' . type_name() . '`).' if $r == 2;
  return '    dotnet run --project src/' . pascal(pick(\@nouns)) . ' -- ' . pick(\@verbs) if $r == 3;
  return ucfirst(sentence()) . ', then ' . sentence() . '. ' . ucfirst(sentence()) . '.';
}

sub line_yml {
  my $ind = '  ' x int rand 4;
  my $r = int rand 5;
  return "$ind- name: " . pick(\@verbs) . '-' . pick(\@nouns) if $r == 0;
  return "$ind" . pick(\@nouns) . '_' . pick(\@nouns) . ': ' . int(rand 10000) if $r == 1;
  return "${ind}image: registry.example.test/" . pick(\@nouns) . ':' . int(rand 40) . '.' . int(rand 10) if $r == 2;
  return "$ind# " . sentence() if $r == 3;
  return "$ind" . pick(\@nouns) . ': ' . pick(\@verbs) . '-' . pick(\@nouns);
}

sub line_env {
  my $r = int rand 3;
  my $name = uc(pick(\@nouns) . '_' . pick(\@nouns));
  return "$name=" . int(rand 65536) if $r == 0;
  return "$name=https://" . pick(\@nouns) . '.example.test' if $r == 1;
  return "$name=" . pick([qw(true false debug info warning)]);
}

my %line_of = (cs => \&line_cs, ts => \&line_ts, py => \&line_py, md => \&line_md, yml => \&line_yml, env => \&line_env);
sub lang_of { my ($path) = @_; my ($ext) = $path =~ /\.(\w+)$/; return exists $line_of{$ext} ? $ext : 'env' }
sub new_lines { my ($lang, $n) = @_; my $gen = $line_of{$lang}; return map { $gen->() } 1 .. $n }

# 50-800 lines, most of them short (median ~140); 2% are large (1,000-1,500 lines, ~60 KB). Edits let a few grow to ~100 KB.
sub new_file { my ($lang) = @_; my $n = rand() < 0.02 ? 1000 + int rand 500 : 50 + int(750 * rand() ** 3); return join('', map { "$_\n" } new_lines($lang, $n)) }

# 1-3 hunks at different places (one per slice of the file), each replacing, inserting or deleting 1-5 lines.
sub edit {
  my ($path, $text, $max_hunks) = @_;
  my $lang = lang_of($path);
  my @lines = split /\n/, $text, -1;
  pop @lines;
  my $hunks = 1 + int rand($max_hunks);
  my $n = @lines;
  for my $h (reverse 0 .. $hunks - 1) {
    my $lo = int($n * $h / $hunks);
    my $span = int($n * ($h + 1) / $hunks) - $lo;
    my $at = $lo + int rand($span > 0 ? $span : 1);
    my $r = rand;
    if ($r < 0.5) { my $k = 1 + int rand 4; splice @lines, $at, $k, new_lines($lang, $k) }
    elsif ($r < 0.77 && @lines < 1500 || @lines < 40) { splice @lines, $at, 0, new_lines($lang, 1 + int rand 5) }
    else { splice @lines, $at, 1 + int rand 4 }
  }
  return join('', map { "$_\n" } @lines);
}

my (@dirs, @paths, %index, %content, %taken, %locked);
my ($main_tip, $main_count, $next_branch_at, $branch_serial, $plants, $time) = (0, 0, 30, 0, 0, 1_600_000_000);
my (@open, $out);

sub new_dir {
  my ($parent) = @_;
  my ($root) = $parent =~ m{^(\w+)};
  my $noun = pick(\@nouns);
  my $part = $ext_of{$root} eq 'cs' ? pascal(pick([$noun, plural($noun), $noun . pick(\@suffixes)])) : pick([$noun, plural($noun), "$noun-" . pick(\@nouns)]);
  return "$parent/$part";
}
sub fresh_dir {
  my $parent = rand() < 0.3 ? pick(\@roots) : pick(\@dirs);
  $parent = pick(\@roots) if ($parent =~ tr{/}{}) >= 3;
  my $dir = new_dir($parent);
  push @dirs, $dir;
  return $dir;
}
sub fresh_path {
  my ($dir, $ext) = @_;
  my ($root) = $dir =~ m{^(\w+)};
  $ext //= $ext_of{$root};
  for (;;) {
    my $base = $ext eq 'cs' ? type_name() : $ext eq 'py' ? snake() : pick(\@verbs) . '-' . pick(\@nouns);
    my $path = "$dir/$base.$ext";
    return $path unless $taken{$path};
  }
}
sub dir_of { my ($path) = @_; return $path =~ m{^(.*)/} ? $1 : $path }

sub add_main_path { my ($path) = @_; $index{$path} = @paths; push @paths, $path; $taken{$path} = 1 }
sub remove_main_path {
  my ($path) = @_;
  my $i = delete $index{$path};
  my $last = pop @paths;
  if ($last ne $path) { $paths[$i] = $last; $index{$last} = $i }
  delete $taken{$path};
  delete $content{$path};
}
# Older files (low indexes) are edited more often, as core files are in real repositories.
sub pick_unlocked {
  for (1 .. 20) { my $path = $paths[int(@paths * rand() ** 2)]; return $path unless $locked{$path} }
  return undef;
}

sub emit_file { my ($path, $text) = @_; $out .= "M 100644 inline $path\ndata " . length($text) . "\n$text\n" }
sub key_line { my $body = sub { join '', map { pick(['A' .. 'Z', 'a' .. 'z', 0 .. 9]) } 1 .. 20 }; return "OPENAI_API_KEY=$key_parts[0]" . $body->() . $key_parts[1] . $key_parts[2] . $body->() . "\n" }
sub env_file { my $text = join('', map { "$_\n" } new_lines('env', 3 + int rand 6)); my @l = split /^/, $text; splice @l, int rand @l, 0, key_line(); return join '', @l }
sub header {
  my ($ref, $mark, $message, @parents) = @_;
  $time += 60 + int rand 3600;
  my $who = pick(\@authors);
  $out = "commit $ref\nmark :$mark\nauthor $who $time +0000\ncommitter $who $time +0000\ndata " . length($message) . "\n$message\n";
  $out .= "from :$parents[0]\n" if @parents;
  $out .= "merge :$parents[1]\n" if @parents > 1;
}
sub message {
  my $r = int rand 4;
  my $subject = $r == 0 ? 'Fix ' . pick(\@nouns) . ' ' . pick(\@verbs) . ' when ' . pick(\@nouns) . ' is empty'
    : $r == 1 ? pascal(pick(\@verbs)) . ' ' . plural(pick(\@nouns)) . ' in ' . type_name()
    : $r == 2 ? 'Refactor ' . type_name() . ' to ' . pick(\@verbs) . ' ' . plural(pick(\@nouns))
    : pascal(sentence());
  return rand() < 0.3 ? "$subject\n\n" . ucfirst(sentence()) . '. ' . ucfirst(sentence()) . ".\n" : "$subject\n";
}
sub files_per_commit { my $r = rand; return $r < 0.40 ? 1 : $r < 0.65 ? 2 : $r < 0.79 ? 3 : $r < 0.89 ? 4 : $r < 0.95 ? 5 : 6 }

sub main_commit {
  my ($mark, $plant) = @_;
  header('refs/heads/main', $mark, message(), $main_tip);
  my $changes = files_per_commit();
  my $r = rand;
  if ($r < 0.10) {
    my $path = fresh_path(rand() < 0.05 ? fresh_dir() : pick(\@dirs));
    $content{$path} = new_file(lang_of($path));
    add_main_path($path);
    emit_file($path, $content{$path});
    $changes--;
  } elsif ($r < 0.12 && @paths > 100) {
    my $path = pick_unlocked();
    if (defined $path) { remove_main_path($path); $out .= "D $path\n"; $changes-- }
  } elsif ($r < 0.13) {
    my $old = pick_unlocked();
    if (defined $old) {
      my ($ext) = $old =~ /\.(\w+)$/;
      my $new = fresh_path(rand() < 0.5 ? dir_of($old) : pick(\@dirs), $ext);
      my $text = edit($new, $content{$old}, 1);
      remove_main_path($old);
      add_main_path($new);
      $content{$new} = $text;
      $out .= "R $old $new\n";
      emit_file($new, $text);
      $changes--;
    }
  }
  my %done;
  for (1 .. $changes) {
    my $path = pick_unlocked();
    next if !defined $path || $done{$path}++;
    $content{$path} = edit($path, $content{$path}, 3);
    emit_file($path, $content{$path});
  }
  if ($plant) {
    my $path;
    do { $path = pick(\@dirs) . '/.env' } while $locked{$path};
    if ($taken{$path}) { $content{$path} .= key_line() } else { $content{$path} = env_file(); add_main_path($path) }
    emit_file($path, $content{$path});
  }
  print $out, "\n";
  $main_tip = $mark;
  return if ++$main_count < $next_branch_at;
  $next_branch_at += 20 + int rand 21;
  open_branch() if @open < 3;
}

sub open_branch {
  my $b = { name => sprintf('%s/%d-%s-%s', pick([qw(feature feature feature fix)]), ++$branch_serial, pick(\@nouns), pick(\@verbs)),
    base => $main_tip, tip => $main_tip, left => 3 + int rand 8, merge => rand() < 0.85, files => [], text => {}, changed => [] };
  for (1 .. 1 + int rand 4) {
    my $path = pick_unlocked();
    next if !defined $path || $locked{$path};
    $locked{$path} = 1;
    push @{$b->{files}}, $path;
  }
  push @open, $b;
  return $b;
}

sub branch_write {
  my ($b, $path, $text) = @_;
  push @{$b->{changed}}, $path unless exists $b->{text}{$path};
  $b->{text}{$path} = $text;
  emit_file($path, $text);
}
sub branch_commit {
  my ($b, $mark, $plant) = @_;
  header("refs/heads/$b->{name}", $mark, message(), $b->{tip});
  my $dir = @{$b->{files}} ? dir_of($b->{files}[0]) : pick(\@dirs);
  if (!@{$b->{files}} || rand() < 0.15) {
    my $path = fresh_path($dir);
    $taken{$path} = $locked{$path} = 1;
    push @{$b->{files}}, $path;
    branch_write($b, $path, new_file(lang_of($path)));
  }
  my @files = @{$b->{files}};
  my %done;
  for (1 .. files_per_commit()) {
    my $path = $files[int rand @files];
    next if $done{$path}++;
    branch_write($b, $path, edit($path, $b->{text}{$path} // $content{$path}, 3));
  }
  if ($plant) {
    my ($path, $n) = ("$dir/.env.local", 0);
    $path = "$dir/.env." . ++$n while $taken{$path};
    $taken{$path} = $locked{$path} = 1;
    push @{$b->{files}}, $path;
    branch_write($b, $path, env_file());
  }
  print $out, "\n";
  $b->{tip} = $mark;
  $b->{left}--;
}

sub merge_commit {
  my ($b, $mark) = @_;
  header('refs/heads/main', $mark, "Merge branch '$b->{name}'\n", $main_tip, $b->{tip});
  for my $path (@{$b->{changed}}) {
    add_main_path($path) unless exists $content{$path};
    $content{$path} = $b->{text}{$path};
    emit_file($path, $content{$path});
  }
  print $out, "\n";
  $main_tip = $mark;
  close_branch($b);
}

# An unmerged branch keeps its ref; its new paths become free again on main.
sub close_branch {
  my ($b) = @_;
  for my $path (@{$b->{files}}) { delete $locked{$path}; delete $taken{$path} unless exists $content{$path} }
  @open = grep { $_ != $b } @open;
}

binmode STDOUT;
for my $root (qw(src src src tests web web tools docs deploy)) { push @dirs, $root }
for (1 .. 180) { fresh_dir() }
@dirs = grep { tr{/}{} >= 1 } @dirs;
header('refs/heads/main', 1, "Initial import\n");
for (1 .. 1200) {
  my $path = fresh_path(pick(\@dirs));
  $content{$path} = new_file(lang_of($path));
  add_main_path($path);
  emit_file($path, $content{$path});
}
print $out, "\n";
$main_tip = 1;
$main_count = 1;

for my $c (2 .. $commits) {
  close_branch($_) for grep { $_->{left} == 0 && !$_->{merge} } @open;
  my $plant = $c % $plant_every == 0;
  my $on_branch = $plant && ++$plants % 2 == 1;
  my ($active) = grep { $_->{left} > 0 } @open;
  my ($ready) = grep { $_->{left} == 0 } @open;
  if ($on_branch) {
    my $b = $active // open_branch();
    $b->{merge} = 0 if $plants == 1;
    branch_commit($b, $c, 1);
  }
  elsif ($plant) { main_commit($c, 1) }
  elsif ($ready) { merge_commit($ready, $c) }
  elsif ($active && rand() < 0.35) { branch_commit($active, $c, 0) }
  else { main_commit($c, 0) }
  if ($c % 2500 == 0) {
    my $tag = sprintf 'v1.%d.0', $c / 2500;
    $out = "tag $tag\nfrom :$main_tip\ntagger Release Bot <release\@example.test> $time +0000\ndata " . (length($tag) + 9) . "\nRelease $tag\n\n";
    print $out;
  }
}
