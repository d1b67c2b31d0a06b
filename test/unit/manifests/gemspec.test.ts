import * as assert from 'node:assert/strict';
import { gemspecFormat as format } from '../../../src/core/manifests/gemspec';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';
import { expectDependencies, offsetOf } from './expectations';

const RUNTIME = 'runtime dependencies';
const DEVELOPMENT = 'development dependencies';

describe('manifests: gemspec', () => {
    it('matches *.gemspec', () => {
        assert.ok(format.matches('devise.gemspec'));
        assert.ok(format.matches('/src/my_gem/My_Gem.gemspec'));
        assert.ok(!format.matches('Gemfile'));
        assert.ok(!format.matches('gemspec.rb'));
    });

    it('locates spec.add_dependency with a version', () => {
        const text = `Gem::Specification.new do |spec|
  spec.name = "my_gem"
  spec.add_dependency "activesupport", ">= 6.1"
end
`;
        expectDependencies(format, text, [{ name: 'activesupport', section: RUNTIME, constraint: '>= 6.1' }]);
    });

    it('labels runtime and development dependencies', () => {
        const text = `Gem::Specification.new do |spec|
  spec.add_runtime_dependency "thor", "~> 1.2"
  spec.add_development_dependency "rspec", "~> 3.12"
  spec.add_dependency "zeitwerk"
end
`;
        expectDependencies(format, text, [
            { name: 'thor', section: RUNTIME, constraint: '~> 1.2' },
            { name: 'rspec', section: DEVELOPMENT, constraint: '~> 3.12' },
            { name: 'zeitwerk', section: RUNTIME },
        ]);
    });

    it('accepts any receiver and parentheses', () => {
        const text = `Gem::Specification.new do |s|
  s.add_dependency('rack', '>= 2.2.4')
  gem.add_development_dependency("rake", "~> 13.0")
  self.add_dependency 'mustermann', '~> 3.0'
end
`;
        expectDependencies(format, text, [
            { name: 'rack', constraint: '>= 2.2.4' },
            { name: 'rake', constraint: '~> 13.0' },
            { name: 'mustermann', constraint: '~> 3.0' },
        ]);
    });

    it('joins several version strings', () => {
        const text = `spec.add_dependency "railties", ">= 6.1", "< 8.1"\n`;
        expectDependencies(format, text, [{ name: 'railties', constraint: '>= 6.1, < 8.1', constraintAt: '>= 6.1", "< 8.1' }]);
    });

    it('reads versions given as an array', () => {
        const text = `spec.add_dependency "faraday", ["~> 1.0", ">= 1.0.2"]\ns.add_dependency('x', [">= 0"])\n`;
        expectDependencies(format, text, [
            { name: 'faraday', constraint: '~> 1.0, >= 1.0.2', constraintAt: '~> 1.0", ">= 1.0.2' },
            { name: 'x', constraint: '>= 0' },
        ]);
    });

    it('reads the %q<> literals and .freeze calls of generated gemspecs', () => {
        const text = `  s.add_runtime_dependency(%q<json>.freeze, [">= 1.8".freeze, "< 3".freeze])
  s.add_dependency(%q<rake>, ["~> 13.0"])
  s.add_dependency(%q<odd>.freeze.dup, ["1.0"])
`;
        expectDependencies(format, text, [
            { name: 'json', constraint: '>= 1.8, < 3', constraintAt: '>= 1.8".freeze, "< 3' },
            { name: 'rake', constraint: '~> 13.0' },
        ]);
    });

    it('skips heredoc bodies, even with quotes and apostrophes in them', () => {
        const text = `Gem::Specification.new do |spec|
  spec.description = <<~DESC
    It's a gem. Don't add_dependency "fake", "1.0" here.
  DESC
  spec.summary = <<-EOS.strip
    spec.add_dependency 'also_fake'
    EOS
  spec.add_dependency "real", "~> 2.0"
end
`;
        expectDependencies(format, text, [{ name: 'real', constraint: '~> 2.0' }]);
    });

    it('ignores commented-out dependencies and =begin blocks', () => {
        const text = `# spec.add_dependency "commented"
spec.add_dependency "kept" # spec.add_dependency "trailing"
=begin
spec.add_dependency "hidden"
=end
`;
        expectDependencies(format, text, [{ name: 'kept' }]);
    });

    it('is not derailed by backticks, regexps and percent literals', () => {
        const text = `Gem::Specification.new do |spec|
  spec.files = Dir.chdir(__dir__) do
    \`git ls-files -z\`.split("\\x0").reject { |f| f.match(%r{\\A(?:test|spec|features)/}) || f =~ /'/ }
  end
  spec.executables = spec.files.grep(%r{\\Aexe/}) { |f| File.basename(f) }
  spec.require_paths = %w[lib]
  spec.add_dependency "dry-types", "~> 1.7"
end
`;
        expectDependencies(format, text, [{ name: 'dry-types', constraint: '~> 1.7' }]);
    });

    it('reads dependencies inside conditionals', () => {
        const text = `Gem::Specification.new do |s|
  if s.respond_to? :specification_version then
    s.add_runtime_dependency(%q<nokogiri>, [">= 1.10"])
  else
    s.add_dependency(%q<nokogiri>, [">= 1.10"])
  end
end
`;
        expectDependencies(format, text, [
            { name: 'nokogiri', constraint: '>= 1.10' },
            { name: 'nokogiri', constraint: '>= 1.10' },
        ]);
    });

    it('gives no constraint for versions held in constants or interpolated', () => {
        const text = `spec.add_dependency "actionpack", Rails::VERSION::STRING
spec.add_dependency "activemodel", "= #{version}"
spec.add_dependency "i18n", ">= 1.6", VERSION_CAP
`;
        expectDependencies(format, text, [{ name: 'actionpack' }, { name: 'activemodel' }, { name: 'i18n', constraint: '>= 1.6' }]);
    });

    it('follows calls continued over several lines', () => {
        const text = `spec.add_dependency "concurrent-ruby",
                      "~> 1.0",
                      ">= 1.0.2"
spec.add_dependency(
  "tzinfo",
  "~> 2.0"
)
`;
        expectDependencies(format, text, [
            { name: 'concurrent-ruby', constraint: '~> 1.0, >= 1.0.2', constraintAt: '~> 1.0",\n                      ">= 1.0.2' },
            { name: 'tzinfo', constraint: '~> 2.0' },
        ]);
    });

    it('ignores other spec attributes that hold gem-like strings', () => {
        const text = `spec.name = "my_gem"
spec.metadata["rubygems_mfa_required"] = "true"
spec.required_ruby_version = ">= 3.0"
spec.add_dependency "only"
`;
        const deps = expectDependencies(format, text, [{ name: 'only' }]);
        assert.equal(dependencyAt(deps, offsetOf(text, 'my_gem')), undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, '>= 3.0')), undefined);
    });

    it('finds the dependency from its version strings', () => {
        const text = `spec.add_dependency "railties", ">= 6.1", "< 8.1"\n`;
        const deps = format.parse(text).dependencies;
        assert.equal(dependencyAt(deps, offsetOf(text, '< 8.1'))?.name, 'railties');
        assert.equal(dependencyAt(deps, offsetOf(text, 'add_dependency')), undefined);
    });

    it('survives broken Ruby', () => {
        assert.deepEqual(format.parse('spec.add_dependency "x", ["1.0"').dependencies, [
            { registry: 'rubygems', name: 'x', nameSpan: { start: 21, end: 22 }, section: RUNTIME },
        ]);
        assert.deepEqual(format.parse('spec.add_dependency((((((').dependencies, []);
        assert.deepEqual(format.parse('<<~X\n').dependencies, []);
        assert.deepEqual(format.parse('spec.add_dependency "').dependencies, []);
    });
});
