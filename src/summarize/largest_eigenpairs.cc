// Copyright 2026 The Precis Authors.
#include "summarize/largest_eigenpairs.h"

#include <Spectra/MatOp/DenseSymMatProd.h>
#include <Spectra/SymEigsSolver.h>

#include <algorithm>

namespace precis {

void LargestEigenpairs(const Eigen::MatrixXd& matrix, double share, Eigen::VectorXd* values,
                       Eigen::MatrixXd* vectors) {
  const Eigen::Index n = matrix.rows();
  if (n > kFullDecompositionUpTo) {
    Spectra::DenseSymMatProd<double> product(matrix);
    for (Eigen::Index wanted = 16; wanted < n / 2; wanted *= 2) {
      Spectra::SymEigsSolver<Spectra::DenseSymMatProd<double>> solver(product, wanted,
                                                                      std::min(n, 2 * wanted + 1));
      solver.init();
      solver.compute(Spectra::SortRule::LargestAlge, 1000, 1e-10);
      if (solver.info() != Spectra::CompInfo::Successful) break;
      *values = solver.eigenvalues();
      if (values->size() == 0) break;
      if ((*values)(values->size() - 1) < share * std::max(0.0, (*values)(0))) {
        *vectors = solver.eigenvectors();
        return;
      }
    }
  }
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(matrix);
  *values = solver.eigenvalues().reverse();
  *vectors = solver.eigenvectors().rowwise().reverse();
}

}  // namespace precis
