import * as assert from 'node:assert/strict';
import { gemfileFormat as format } from '../../../src/core/manifests/gemfile';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';
import { expectDependencies, offsetOf } from './expectations';

describe('manifests: Gemfile', () => {
    it('matches Gemfile, gems.rb and Appraisal gemfiles', () => {
        assert.ok(format.matches('Gemfile'));
        assert.ok(format.matches('/app/gems.rb'));
        // Appraisal's gemfiles/*.gemfile are not manifests the project declares (manifestFiles.ts).
        assert.ok(!format.matches('gemfiles/rails_7.gemfile'));
        assert.ok(!format.matches('Gemfile.lock'));
        assert.ok(!format.matches('foo.gemspec'));
    });

    it('locates gems with double and single quotes, without versions', () => {
        const text = `source "https://rubygems.org"\n\ngem "rails"\ngem 'pg'\n`;
        expectDependencies(format, text, [
            { name: 'rails', section: 'default group' },
            { name: 'pg', section: 'default group' },
        ]);
    });

    it('joins several version strings into one constraint spanning them all', () => {
        const text = `gem "rails", "~> 7.1", ">= 7.1.2"\ngem 'puma', '>= 5.0'\n`;
        expectDependencies(format, text, [
            { name: 'rails', constraint: '~> 7.1, >= 7.1.2', constraintAt: '~> 7.1", ">= 7.1.2' },
            { name: 'puma', constraint: '>= 5.0' },
        ]);
    });

    it('reads calls with parentheses', () => {
        const text = `gem("pg", "~> 1.5")\ngem( 'redis', '>= 4.0', require: false )\n`;
        expectDependencies(format, text, [
            { name: 'pg', constraint: '~> 1.5' },
            { name: 'redis', constraint: '>= 4.0' },
        ]);
    });

    it('stops the versions at the first option, label or hash rocket', () => {
        const text = [
            `gem "bootsnap", require: false`,
            `gem "tzinfo-data", platforms: %i[ windows jruby ]`,
            `gem "sidekiq", "~> 7.2", :require => "sidekiq/web"`,
            `gem "image_processing", "~> 1.2", require: "image_processing/mini_magick"`,
        ].join('\n');
        expectDependencies(format, text, [
            { name: 'bootsnap' },
            { name: 'tzinfo-data' },
            { name: 'sidekiq', constraint: '~> 7.2' },
            { name: 'image_processing', constraint: '~> 1.2' },
        ]);
    });

    it('marks git, github and path gems, with labels or hash rockets', () => {
        const text = [
            `gem "rails", github: "rails/rails", branch: "main"`,
            `gem "nokogiri", :git => "https://github.com/sparklemotion/nokogiri.git"`,
            `gem "local_gem", path: "../local_gem"`,
            `gem "other", :path => "vendor/other"`,
            `gem "private", "~> 2.0", source: "https://gems.example.com"`,
        ].join('\n');
        expectDependencies(format, text, [
            { name: 'rails', source: 'git' },
            { name: 'nokogiri', source: 'git' },
            { name: 'local_gem', source: 'path' },
            { name: 'other', source: 'path' },
            { name: 'private', constraint: '~> 2.0' },
        ]);
    });

    it('labels gems by their enclosing group and platforms blocks', () => {
        const text = `gem "rails"

group :development, :test do
  gem "debug", platforms: %i[ mri windows ]
  platforms :jruby do
    gem "activerecord-jdbc-adapter"
  end
end

group :test do
  gem "capybara"
end

gem "puma"
`;
        expectDependencies(format, text, [
            { name: 'rails', section: 'default group' },
            { name: 'debug', section: 'group :development, :test' },
            { name: 'activerecord-jdbc-adapter', section: 'group :development, :test › platforms :jruby' },
            { name: 'capybara', section: 'group :test' },
            { name: 'puma', section: 'default group' },
        ]);
    });

    it('reads group blocks written with parentheses and on one line', () => {
        const text = `group(:production) do\n  gem "pg"\nend\ngroup :doc do gem "yard" end\ngem "after"\n`;
        expectDependencies(format, text, [
            { name: 'pg', section: 'group :production' },
            { name: 'yard', section: 'group :doc' },
            { name: 'after', section: 'default group' },
        ]);
    });

    it('labels and marks gems in source, git and path blocks', () => {
        const text = `source "https://gems.example.com" do
  gem "private-gem", "~> 1.0"
end
git "https://github.com/rails/rails.git", branch: "main" do
  gem "activesupport"
end
path "components" do
  gem "admin_ui"
end
`;
        expectDependencies(format, text, [
            { name: 'private-gem', section: 'source "https://gems.example.com"', constraint: '~> 1.0' },
            { name: 'activesupport', section: 'git "https://github.com/rails/rails.git", branch: "main"', source: 'git' },
            { name: 'admin_ui', section: 'path "components"', source: 'path' },
        ]);
    });

    it('follows arguments continued on the next lines', () => {
        const text = `gem "rails",
    "~> 7.1",
    ">= 7.1.2"
gem "devise",
  require: false
gem "dotenv", :require =>
  "dotenv/load"
gem "last"
`;
        expectDependencies(format, text, [
            { name: 'rails', constraint: '~> 7.1, >= 7.1.2', constraintAt: '~> 7.1",\n    ">= 7.1.2' },
            { name: 'devise' },
            { name: 'dotenv' },
            { name: 'last' },
        ]);
    });

    it('ignores comments, commented-out gems and =begin blocks', () => {
        const text = `# gem "commented"
gem "real" # gem "trailing"
  # gem 'indented'
=begin
gem "in_block_comment"
=end
gem "after_comment", "1.0" # pinned
`;
        const deps = expectDependencies(format, text, [{ name: 'real' }, { name: 'after_comment', constraint: '1.0' }]);
        assert.equal(dependencyAt(deps, offsetOf(text, 'commented')), undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, 'trailing')), undefined);
    });

    it('labels gems from inline group: and groups: options', () => {
        const text = `gem "rspec", group: :test\ngem "pry", groups: [:development, :test]\ngem "rubocop", :group => :development\n`;
        expectDependencies(format, text, [
            { name: 'rspec', section: 'group :test' },
            { name: 'pry', section: 'group :development, :test' },
            { name: 'rubocop', section: 'group :development' },
        ]);
    });

    it('handles modifiers and conditional blocks without losing the enclosing group', () => {
        const text = `group :development do
  gem "listen" if RUBY_PLATFORM =~ /darwin/
  if ENV["WITH_SPRING"]
    gem "spring"
  end
  gem "web-console" unless ENV["CI"]
end
gem "bottom"
`;
        expectDependencies(format, text, [
            { name: 'listen', section: 'group :development' },
            { name: 'spring', section: 'group :development' },
            { name: 'web-console', section: 'group :development' },
            { name: 'bottom', section: 'default group' },
        ]);
    });

    it('skips names and versions that are not plain strings', () => {
        const text = `rails_version = ENV.fetch("RAILS_VERSION", "7.1")
gem "rails", rails_version
gem "rails-#{suffix}"
gem "sass", "~> #{major}.0"
gem 'plain', '2.0'
`;
        expectDependencies(format, text, [{ name: 'rails' }, { name: 'sass' }, { name: 'plain', constraint: '2.0' }]);
    });

    it('ignores other Gemfile methods and strings that only look like gems', () => {
        const text = `source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }
ruby "3.3.0"
gemspec
puts "gem 'fake'"
eval_gemfile "Gemfile.local"
gem "kept"
`;
        expectDependencies(format, text, [{ name: 'kept' }]);
    });

    it('reads gems inside a brace block, one per line', () => {
        const text = `group(:test) {\n  gem "rspec"\n  gem "capybara", "~> 3.40"\n}\ngem "after"\n`;
        expectDependencies(format, text, [{ name: 'rspec' }, { name: 'capybara', constraint: '~> 3.40' }, { name: 'after' }]);
    });

    it('splits statements on semicolons', () => {
        const text = `gem "a"; gem "b", "1.0"\n`;
        expectDependencies(format, text, [{ name: 'a' }, { name: 'b', constraint: '1.0' }]);
    });

    it('finds the gem from any offset in its name or versions', () => {
        const text = `gem "rails", "~> 7.1", ">= 7.1.2"\n`;
        const deps = format.parse(text).dependencies;
        assert.equal(dependencyAt(deps, offsetOf(text, 'ails'))?.name, 'rails');
        assert.equal(dependencyAt(deps, offsetOf(text, '", ">='))?.name, 'rails', 'between two version strings');
        assert.equal(dependencyAt(deps, offsetOf(text, '7.1.2'))?.name, 'rails');
        assert.equal(dependencyAt(deps, offsetOf(text, 'gem')), undefined);
    });

    it('survives unterminated strings, stray ends and binary content', () => {
        const text = `gem "ok", "1.0"\nend\nend\ngem "also-ok"\ngem "broken\n`;
        assert.deepEqual(
            format.parse(text).dependencies.map((dep) => dep.name),
            ['ok', 'also-ok'],
        );
        assert.deepEqual(format.parse('\u0000\u0001gem \u0002"').dependencies, []);
        assert.deepEqual(format.parse('').dependencies, []);
    });
});
