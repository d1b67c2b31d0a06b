Gem::Specification.new do |spec|
  spec.name = "demo"
  spec.version = "0.1.0"
  spec.summary = "A small demo gem for trying Stack Guide's hovers in a gemspec."
  spec.add_dependency "sequel", "~> 5.0"
  spec.add_development_dependency "rspec", "~> 3.13"
end
